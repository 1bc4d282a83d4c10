using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Users;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Host.Auth;

/// <summary>What a user name, a password and a profile must satisfy; every problem at once, by field.</summary>
public static class UserRules
{
    public const int MaxPasswordLength = 256;

    public static List<Problem> CheckUserName(string? userName)
    {
        var problem = Identifier.Check(userName, "userName");
        return problem is null ? [] : [problem with { Message = $"'{userName}' is not a valid user name: use {Identifier.Rule}." }];
    }

    public static List<Problem> CheckPassword(string? password, int minLength, string field = "password")
    {
        if (string.IsNullOrEmpty(password))
            return [new Problem("required", "Give a password.", field)];
        if (password.Length < minLength)
            return [new Problem("password-too-short", $"The password has {password.Length} characters; use at least {minLength}.", field)];
        if (password.Length > MaxPasswordLength)
            return [new Problem("password-too-long", $"The password is longer than {MaxPasswordLength} characters.", field)];
        return [];
    }

    public static List<Problem> CheckProfile(UserProfile profile)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(profile.DisplayName))
            problems.Add(new Problem("required", "Give the name people see (displayName).", "displayName"));
        else if (profile.DisplayName.Length > 100)
            problems.Add(new Problem("too-long", "The display name is longer than 100 characters.", "displayName"));

        if (profile.Roles.Count == 0)
            problems.Add(new Problem("required", $"Give at least one role: {string.Join(", ", WorkflowRoles.All)}.", "roles"));
        for (var i = 0; i < profile.Roles.Count; i++)
        {
            if (!WorkflowRoles.IsKnown(profile.Roles[i]))
                problems.Add(new Problem("unknown-role", $"'{profile.Roles[i]}' is not a role; use one of {string.Join(", ", WorkflowRoles.All)}.", $"roles[{i}]"));
        }

        if (profile.Roles.Contains(WorkflowRoles.Tsa) && string.IsNullOrWhiteSpace(profile.TsaId))
            problems.Add(new Problem("required", "A TSA officer needs the TSA id (tsaId) that the clusters' profiles name.", "tsaId"));
        else if (profile.TsaId is { } tsa && Identifier.Check(tsa, "tsaId") is { } bad)
            problems.Add(bad);
        if (profile.Roles.Contains(WorkflowRoles.DistrictReviewer) && (profile.Districts ?? []).Count == 0)
            problems.Add(new Problem("required", "A district reviewer needs at least one district (districts).", "districts"));
        if (profile.Roles.Contains(WorkflowRoles.StateReviewer) && (profile.States ?? []).Count == 0)
            problems.Add(new Problem("required", "A state reviewer needs at least one state (states).", "states"));
        CheckPlaces(profile.Districts, "districts", problems);
        CheckPlaces(profile.States, "states", problems);
        return problems;
    }

    private static void CheckPlaces(IReadOnlyList<string>? places, string field, List<Problem> problems)
    {
        for (var i = 0; i < (places?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(places![i]) || places[i].Length > 100)
                problems.Add(new Problem("invalid-place", "Name each place as the clusters' profiles name it (1 to 100 characters).", $"{field}[{i}]"));
        }
    }
}
