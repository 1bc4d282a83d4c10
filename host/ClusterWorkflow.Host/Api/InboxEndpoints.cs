using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Inbox;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// The signed-in person's inbox: the tasks waiting for them (fill in, review, fix a returned
/// submission) and their notices (approved, overdue). A TSA officer whose TSA id differs from their
/// user id also sees the TSA's inbox, where the round's tasks for its clusters arrive.
/// </summary>
public static class InboxEndpoints
{
    public static IEndpointRouteBuilder MapInboxEndpoints(this IEndpointRouteBuilder app)
    {
        var inbox = app.MapGroup("/api/inbox").WithTags("Inbox");
        inbox.MapGet("/", ListAsync).WithName("GetInbox");
        inbox.MapPost("/{itemId}/done", DoneAsync).WithName("MarkInboxItemDone");
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext context, IGrainFactory grains, bool? includeDone)
    {
        var lists = await Task.WhenAll(Owners(context.Actor()).Select(owner => grains.GetGrain<IInboxGrain>(owner).ListAsync(includeDone ?? false)));
        var items = lists.SelectMany(l => l).DistinctBy(i => i.Id).OrderBy(i => i.CreatedAt).Select(Describe).ToList();
        return Results.Ok(new
        {
            tasks = items.Where(i => InboxItemKinds.AsksForAction(i.Kind)),
            notifications = items.Where(i => !InboxItemKinds.AsksForAction(i.Kind)),
        });
    }

    private static async Task<IResult> DoneAsync(string itemId, HttpContext context, IGrainFactory grains)
    {
        foreach (var owner in Owners(context.Actor()))
        {
            if (await grains.GetGrain<IInboxGrain>(owner).MarkDoneAsync(itemId)) return Results.Ok(new { itemId, done = true });
        }
        return ApiResults.Problems(OutcomeStatus.NotFound, [new Problem("not-found", $"Your inbox has no item '{itemId}'; GET /api/inbox lists them.", "itemId")]);
    }

    private static IEnumerable<string> Owners(Actor actor) =>
        actor.Has(WorkflowRoles.Tsa) && actor.TsaId is { } tsa && tsa != actor.UserId ? [actor.UserId, tsa] : [actor.UserId];

    /// <summary>An item with the API address of its submission, so a client can open it.</summary>
    private static InboxItemView Describe(InboxItem item)
    {
        var parts = item.SubmissionKey?.Split(RoundKey.Separator);
        var link = parts is { Length: 3 } ? $"/api/programs/{parts[0]}/rounds/{PeriodRoute.Of(parts[1])}/submissions/{parts[2]}" : null;
        return new InboxItemView(item.Id, item.Kind, item.Title, item.CreatedAt, item.DueDate, item.Comment, item.Done,
            parts is { Length: 3 } ? parts[0] : null, parts is { Length: 3 } ? PeriodRoute.Of(parts[1]) : null, parts is { Length: 3 } ? parts[2] : null, link);
    }
}
