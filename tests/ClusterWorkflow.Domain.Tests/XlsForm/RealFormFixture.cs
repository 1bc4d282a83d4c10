using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.XlsForm;

namespace ClusterWorkflow.Domain.Tests.XlsForm;

/// <summary>Imports the XLSForms under shared-data/xlsform (written by the pyxform project) by file name.</summary>
internal static class RealForms
{
    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "shared-data", "xlsform", fileName);

    public static XlsFormImportResult Import(string fileName)
    {
        using var stream = File.OpenRead(PathOf(fileName));
        return new XlsFormImporter().Import(stream, fileName);
    }

    public static FormDefinition ImportForm(string fileName)
    {
        var result = Import(fileName);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Form!;
    }

    /// <summary>All fields, depth first, with groups and repeats before their children.</summary>
    public static List<FieldDefinition> AllFields(this FormDefinition form) => Flatten(form.Fields).ToList();

    public static FieldDefinition Field(this FormDefinition form, string name) => form.AllFields().Single(f => f.Name == name);

    private static IEnumerable<FieldDefinition> Flatten(IEnumerable<FieldDefinition> fields) =>
        fields.SelectMany(f => Flatten(f.Children).Prepend(f));
}
