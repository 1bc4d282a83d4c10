using System.Globalization;

namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>
/// The languages of the UI. The choice travels in ASP.NET Core's culture cookie, so the request
/// localization middleware sets the culture of every request and of the Blazor circuit it starts.
/// </summary>
public static class UiLanguages
{
    public const string English = "en";
    public const string Hindi = "hi";

    public static IReadOnlyList<string> All { get; } = [English, Hindi];

    /// <summary>The language of the current (circuit's or request's) UI culture; English when it is neither.</summary>
    public static string Current => Normalize(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>A supported language code for <paramref name="code"/>, English for anything else.</summary>
    public static string Normalize(string? code) =>
        string.Equals(code, Hindi, StringComparison.OrdinalIgnoreCase) ? Hindi : English;
}
