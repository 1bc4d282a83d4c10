using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Programs;

namespace ClusterWorkflow.Host.Api;

/// <summary>Endpoints under a program answer 404 the same way when the program does not exist.</summary>
public static class ProgramLookup
{
    /// <summary>Null when the program exists; otherwise the not-found answer to return.</summary>
    public static async Task<IResult?> MissingAsync(string programId, IGrainFactory grains) =>
        Identifier.IsValid(programId) && await grains.GetGrain<IProgramGrain>(programId).GetAsync() is not null
            ? null
            : ApiResults.NotFound("program", programId, "programId");
}
