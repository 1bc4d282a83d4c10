using System.Text.RegularExpressions;

namespace ClusterWorkflow.Abstractions.Common;

/// <summary>
/// Ids of programs, clusters and people travel in URLs and key grains, so they are short lowercase
/// slugs: no '/' (minimal APIs do not decode %2F) and nothing that differs only by case.
/// </summary>
public static partial class Identifier
{
    public const string Rule = "1 to 64 characters: lowercase letters, digits, '-', '_' or '.', starting with a letter or digit";

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>A problem for <paramref name="field"/> when <paramref name="id"/> is not a valid id, else null.</summary>
    public static Problem? Check(string? id, string field) =>
        IsValid(id) ? null : new Problem("invalid-id", $"'{id}' is not a valid id: use {Rule}.", field);
}
