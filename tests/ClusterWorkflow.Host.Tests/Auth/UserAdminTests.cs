using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Auth;

[Collection(nameof(SharedHost))]
public sealed class UserAdminTests(SharedHost host)
{
    [Fact]
    public async Task CreatingAUserWithBadInputListsEveryProblemByField()
    {
        using var response = await host.Admin.PostAsJsonAsync("/api/users", new
        {
            userName = "Bad Name", displayName = "", password = "short", roles = new[] { "tsa", "boss" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems")
            .EnumerateArray().Select(p => p.GetProperty("field").GetString()).ToList();
        Assert.Equal(["userName", "password", "displayName", "roles[1]", "tsaId"], fields);
    }

    [Fact]
    public async Task OnlyAdministratorsManageUsers()
    {
        var manager = await host.ClientAsAsync(new TestUser("users-pm", roles: ["programManager"]));

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous.GetAsync("/api/users")).StatusCode);
        var names = (await host.Admin.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray()
            .Select(u => u.GetProperty("userName").GetString()).ToList();
        Assert.Contains("admin", names);
        Assert.Contains("users-pm", names);
    }

    [Fact]
    public async Task ChangedRolesApplyToTheNextRequestOfAnExistingToken()
    {
        var user = await host.ClientAsAsync(new TestUser("users-promoted", roles: ["viewer"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync("/api/programs", new { id = "promoted", name = "P" })).StatusCode);

        (await host.Admin.PutAsJsonAsync("/api/users/users-promoted", new { displayName = "Promoted", roles = new[] { "programManager" } }))
            .EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Created, (await user.PostAsJsonAsync("/api/programs", new { id = "promoted", name = "P" })).StatusCode);
    }

    [Fact]
    public async Task AnAdministratorCannotDisableThemself()
    {
        using var response = await host.Admin.PostAsync("/api/users/admin/disable", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
