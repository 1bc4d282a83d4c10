using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Domain.PilotData;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Pilot;

/// <summary>
/// The pilot's sample people as users who sign in: one program manager, the TSA officers (each the
/// TSA id of their clusters), a district and a state reviewer per pilot district, a viewer. They
/// exist only where the pilot is seeded, and all share <see cref="DemoPassword"/>, printed in the
/// README, because they are there to be tried.
/// </summary>
public sealed class PilotUsers(UserAdmin users, SignInService signIn)
{
    /// <summary>The documented password of every seeded pilot user.</summary>
    public const string DemoPassword = "pilot-demo-2026";

    /// <summary>Creates the users that are missing; existing users keep their password, roles and scope.</summary>
    public async Task<int> EnsureAsync(PilotProgram program)
    {
        var created = 0;
        foreach (var person in program.People)
        {
            var existed = await users.GetAsync(person.Id) is not null;
            var outcome = await users.EnsureUserAsync(ToNewUser(person));
            if (!outcome.Succeeded)
                throw new InvalidOperationException($"Cannot create the pilot user '{person.Id}': {string.Join(" ", outcome.Problems.Select(p => p.Message))}");
            if (!existed) created++;
        }
        return created;
    }

    /// <summary>Signs the person in with the demo password, as they would at /signin; the actor is the stored user's.</summary>
    public async Task<Actor> SignInAsync(string userId)
    {
        var result = await signIn.PasswordSignInAsync(userId, DemoPassword);
        return result.User?.ToActor()
            ?? throw new InvalidOperationException($"The pilot user '{userId}' cannot sign in with the demo password (it was changed, or the user is disabled or locked out).");
    }

    public static NewUser ToNewUser(PilotPerson person) => person.Role switch
    {
        PilotRole.ProgramManager => new NewUser(person.Id, person.Name, DemoPassword, [WorkflowRoles.ProgramManager]),
        PilotRole.TsaOfficer => new NewUser(person.Id, person.Name, DemoPassword, [WorkflowRoles.Tsa], TsaId: person.Id),
        PilotRole.DistrictReviewer => new NewUser(person.Id, person.Name, DemoPassword, [WorkflowRoles.DistrictReviewer], Districts: person.Scope),
        PilotRole.StateReviewer => new NewUser(person.Id, person.Name, DemoPassword, [WorkflowRoles.StateReviewer], States: person.Scope),
        _ => new NewUser(person.Id, person.Name, DemoPassword, [WorkflowRoles.Viewer]),
    };
}
