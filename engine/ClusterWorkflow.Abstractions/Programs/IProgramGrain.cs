using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;

namespace ClusterWorkflow.Abstractions.Programs;

/// <summary>A program [key: program id]: its definitions and the list of its clusters.</summary>
[Alias("cw.program")]
public interface IProgramGrain : IGrainWithStringKey
{
    /// <summary>Creates the program; a second create with the same name is harmless, another name is a conflict.</summary>
    [Alias("create")]
    Task<Outcome<ProgramInfo>> CreateAsync(string name);

    /// <summary>The program, or null when it was never created.</summary>
    [Alias("get")]
    Task<ProgramInfo?> GetAsync();

    /// <summary>Adds a cluster with its hierarchy and TSA; creates the cluster grain.</summary>
    [Alias("add-cluster")]
    Task<Outcome<ClusterProfile>> AddClusterAsync(ClusterProfile profile);

    [Alias("list-clusters")]
    Task<IReadOnlyList<ClusterProfile>> ListClustersAsync();

    /// <summary>Lists a definition under the program (called by the definition grain on its first save).</summary>
    [Alias("register-definition")]
    Task<Outcome<bool>> RegisterDefinitionAsync(DefinitionKind kind, string id);

    /// <summary>The ids of the program's definitions of one kind.</summary>
    [Alias("list-definitions")]
    Task<IReadOnlyList<string>> ListDefinitionsAsync(DefinitionKind kind);
}
