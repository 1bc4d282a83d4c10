namespace ClusterWorkflow.Grains.Users;

[GenerateSerializer, Alias("cw.user-directory-state")]
public sealed class UserDirectoryState
{
    [Id(0)] public SortedSet<string> UserNames { get; set; } = new(StringComparer.Ordinal);
}
