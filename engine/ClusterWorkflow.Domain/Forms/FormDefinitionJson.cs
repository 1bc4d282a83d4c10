using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Forms;

/// <summary>Reads and writes form definitions as JSON (camelCase; enums as names). Bad JSON is a problem, never an exception.</summary>
public static class FormDefinitionJson
{
    /// <summary>The options used for form files; also fine for any other caller that stores forms.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Write(FormDefinition form) => JsonSerializer.Serialize(form, Options);

    /// <summary>Parses a definition; on failure the problem says where (line:column and JSON path) and what was expected.</summary>
    public static (FormDefinition? Form, IReadOnlyList<DefinitionProblem> Problems) Read(string json)
    {
        try
        {
            var form = JsonSerializer.Deserialize<FormDefinition>(json, Options);
            return form is null
                ? (null, [new DefinitionProblem("$", null, "The file holds 'null'; expected a form definition object { \"id\": ..., \"fields\": [...] }.")])
                : (form, []);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is long l ? (int)l + 1 : (int?)null;
            var column = exception.BytePositionInLine is long c ? (int)c + 1 : (int?)null;
            var message = exception.Message.Split(" Path:", 2)[0];
            return (null, [new DefinitionProblem(exception.Path ?? "$", null,
                $"The form definition is not valid JSON for a form: {message}", line, column)]);
        }
    }
}
