namespace ClusterWorkflow.Abstractions.Users;

/// <summary>
/// The names of all users [key: 0], so administrators can list them. Written only when a user is
/// created; sign-ins never touch it.
/// </summary>
[Alias("cw.user-directory")]
public interface IUserDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("add")]
    Task AddAsync(string userName);

    /// <summary>User names in ordinal order.</summary>
    [Alias("list")]
    Task<IReadOnlyList<string>> ListAsync();
}
