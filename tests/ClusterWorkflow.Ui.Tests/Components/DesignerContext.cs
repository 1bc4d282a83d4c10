using Bunit;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Host.Ui.Localization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ClusterWorkflow.Ui.Tests.Components;

/// <summary>
/// A bUnit context with what the designers' components need: MudBlazor, the form validator and the
/// workflow engine (the same checks the API runs), English
/// texts. MudBlazor's services dispose only asynchronously, so the context is disposed through
/// <see cref="IAsyncLifetime"/> rather than xUnit's synchronous Dispose.
/// </summary>
public abstract class DesignerContext : IAsyncLifetime
{
    protected DesignerContext()
    {
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        Bunit.Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        Bunit.Services.AddSingleton(new FormValidator());
        Bunit.Services.AddSingleton(new WorkflowEngine(new WorkflowOptions(), new SandboxGuardEvaluator(new(new()))));
        Bunit.Services.AddScoped(_ => new UiText(UiLanguages.English));
    }

    protected BunitContext Bunit { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Bunit.DisposeAsync();

    /// <summary>A saved-looking form: funds received and spent, spent must not exceed received.</summary>
    protected static FormDefinition FundsForm() => new()
    {
        Id = "funds",
        Title = new() { ["en"] = "Funds", ["hi"] = "निधि" },
        Languages = ["en", "hi"],
        Fields =
        [
            new FieldDefinition { Name = "funds_received", Type = FieldType.Decimal, Label = new() { ["en"] = "Funds received", ["hi"] = "प्राप्त निधि" } },
            new FieldDefinition { Name = "funds_spent", Type = FieldType.Decimal, Label = new() { ["en"] = "Funds spent", ["hi"] = "खर्च निधि" }, Constraint = "value <= funds_received" },
        ],
    };
}
