using ClusterWorkflow.Domain.Workflow;
using Microsoft.Extensions.Options;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// On start, after the silo: creates the user <c>admin</c> from <c>--admin-password</c> when it does
/// not exist (an existing admin keeps its password); without the switch and without users, says in
/// the log how to create the first administrator.
/// </summary>
public sealed class BootstrapAdmin(UserAdmin users, IOptions<AuthOptions> options, ILogger<BootstrapAdmin> log) : IHostedService
{
    public const string UserName = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.BootstrapAdminPassword is { Length: > 0 } password)
        {
            var outcome = await users.EnsureUserAsync(new NewUser(UserName, "Administrator", password, [WorkflowRoles.Admin]));
            if (!outcome.Succeeded)
                throw new Hosting.HostStartException(
                    $"Cannot create the user '{UserName}' from --admin-password: {string.Join(" ", outcome.Problems.Select(p => p.Message))}");
            log.LogInformation("Administrator '{UserName}' is ready (created from --admin-password unless it existed).", UserName);
            return;
        }
        if ((await users.ListAsync()).Count == 0)
        {
            log.LogWarning(
                "No users exist, so nobody can sign in. Start the host once with --admin-password PASSWORD " +
                "(or set ClusterWorkflow__Auth__BootstrapAdminPassword) to create the user '{UserName}'.", UserName);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
