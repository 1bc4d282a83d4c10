using System.Reflection;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Host.Ui.Localization;

namespace ClusterWorkflow.Ui.Tests.Components;

public sealed class UiTextTests
{
    private static readonly UiText English = new(UiLanguages.English);
    private static readonly UiText Hindi = new(UiLanguages.Hindi);

    private static IEnumerable<PropertyInfo> Texts() =>
        typeof(UiText).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.Name != nameof(UiText.Language));

    [Fact]
    public void EveryTextOfTheUiIsWrittenInHindiAsWellAsEnglish()
    {
        var untranslated = Texts()
            .Where(p => !IsDevanagari((string)p.GetValue(Hindi)!) || IsDevanagari((string)p.GetValue(English)!))
            .Select(p => p.Name)
            .ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void EveryFieldTypeHasANameInBothLanguages()
    {
        foreach (var type in Enum.GetValues<FieldType>())
        {
            Assert.False(IsDevanagari(English.FieldTypeName(type)), type.ToString());
            Assert.True(IsDevanagari(Hindi.FieldTypeName(type)), type.ToString());
        }
    }

    [Fact]
    public void AnUnknownLanguageFallsBackToEnglish() => Assert.Equal("Sign in", new UiText("fr").SignIn);

    private static bool IsDevanagari(string text) => text.Any(c => c is >= '\u0900' and <= '\u097F');
}
