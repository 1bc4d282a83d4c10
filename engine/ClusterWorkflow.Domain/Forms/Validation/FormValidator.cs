using System.Runtime.CompilerServices;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>
/// Validates form definitions when they are saved and submissions against a form version.
/// Thread-safe; create one per process (it owns the script sandbox and its engine pool).
/// Never throws for bad input: every problem comes back with where it is and what to do.
/// </summary>
public sealed class FormValidator
{
    private readonly ConditionalWeakTable<FormDefinition, CompiledForm> _compiled = new();

    public FormValidator(FormsOptions? options = null)
    {
        Options = options ?? new FormsOptions();
        var prelude = FormFunctions.Prelude + "\n" + (Options.AdditionalPrelude ?? "");
        Sandbox = new ScriptSandbox(Options.Script, prelude);
    }

    public FormsOptions Options { get; }

    /// <summary>The sandbox the form's expressions run in (form functions plus <see cref="FormsOptions.AdditionalPrelude"/>).</summary>
    public ScriptSandbox Sandbox { get; }

    /// <summary>Every problem of a definition; empty when it can be saved.</summary>
    public IReadOnlyList<DefinitionProblem> ValidateDefinition(FormDefinition form) => new DefinitionValidator(Sandbox).Validate(form);

    /// <summary>
    /// Validates a submission (top-level values by field name; a repeat as a list of row records).
    /// Messages are in <paramref name="language"/> ("en", "hi"), falling back to English.
    /// </summary>
    public SubmissionValidationResult Validate(FormDefinition form, IReadOnlyDictionary<string, object?> data, string language = "en", CancellationToken cancellationToken = default) =>
        new FormRun(Sandbox, Options, language, cancellationToken).Run(Compile(form), data);

    /// <summary>
    /// Validates rows of one repeat on their own, as from a roster upload; <paramref name="context"/>
    /// gives the top-level values the rows' rules refer to (e.g. the period's days). Paths and rows
    /// count as in <see cref="FieldProblem"/>; the caller maps them to spreadsheet rows.
    /// </summary>
    public (List<Dictionary<string, object?>> Rows, IReadOnlyList<FieldProblem> Problems) ValidateRows(
        FormDefinition form, string repeatName, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows,
        IReadOnlyDictionary<string, object?>? context = null, string language = "en", CancellationToken cancellationToken = default)
    {
        var compiled = Compile(form);
        var repeat = compiled.TopLevel.FirstOrDefault(f => f.Type == FieldType.Repeat && f.Name == repeatName)
            ?? throw new ArgumentException($"The form '{form.Id}' has no top-level repeat named '{repeatName}'.", nameof(repeatName));
        return new FormRun(Sandbox, Options, language, cancellationToken).RunRows(compiled, repeat, rows, context ?? new Dictionary<string, object?>());
    }

    private CompiledForm Compile(FormDefinition form) => _compiled.GetValue(form, f => new CompiledForm(f, Sandbox));
}
