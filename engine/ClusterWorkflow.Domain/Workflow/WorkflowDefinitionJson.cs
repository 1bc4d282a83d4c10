using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Workflow;

/// <summary>Reads and writes workflow definitions as JSON (camelCase, comments and trailing commas allowed).</summary>
public static class WorkflowDefinitionJson
{
    /// <summary>
    /// Unknown properties are refused, so a misspelt <c>commentRequierd</c> is reported instead of
    /// silently leaving a review without its required comment.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>Parses the JSON; on failure the problem says where (JSON path, line:column) and what.</summary>
    public static (WorkflowDefinition? Definition, WorkflowProblem? Problem) Parse(string json, int maxChars)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, WorkflowProblem.Error("$", "The workflow definition is empty; send a JSON object with id, version, initialState, states and transitions."));
        }
        if (json.Length > maxChars)
        {
            return (null, WorkflowProblem.Error("$", $"The workflow definition has {json.Length:N0} characters; the limit is {maxChars:N0}. Split it or remove unused states."));
        }
        try
        {
            var definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, Options);
            return definition is null
                ? (null, WorkflowProblem.Error("$", "The workflow definition is null; send a JSON object."))
                : (definition, null);
        }
        catch (JsonException ex)
        {
            var place = ex.LineNumber is { } line ? $" (line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1})" : "";
            var reason = FirstSentence(ex.Message);
            return (null, WorkflowProblem.Error(ex.Path ?? "$", $"The JSON cannot be read{place}: {reason} Check the property names and value types against the workflow format."));
        }
    }

    public static string Write(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    // System.Text.Json appends "Path: ... | LineNumber: ..." which we already report in our own words.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
