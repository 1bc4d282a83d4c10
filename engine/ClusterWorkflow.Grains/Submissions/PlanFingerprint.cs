using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>
/// A hash of a plan's JSON, so "the same plan again" can be told from "another plan" even though
/// the records hold lists (compared by reference) and arrive as fresh copies after every call.
/// </summary>
internal static class PlanFingerprint
{
    public static string Of<T>(T plan) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(plan))));
}
