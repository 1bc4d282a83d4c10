using Jint;
using Jint.Runtime;

namespace ClusterWorkflow.Domain.Scripting;

/// <summary>
/// Turns whatever Jint threw into a <see cref="ScriptError"/> a person can act on. Jint counts
/// columns from 0; people (and our contract) count from 1.
/// </summary>
internal static class ScriptErrorMapper
{
    public static ScriptError FromPreparation(string sourceId, Exception exception, int firstLineColumnShift)
    {
        var parse = exception as Acornima.ParseErrorException ?? exception.InnerException as Acornima.ParseErrorException;
        if (parse is null)
        {
            return new ScriptError(sourceId, ScriptErrorKind.Syntax, exception.Message, null, null);
        }
        var column = parse.Column + 1 - (parse.LineNumber == 1 ? firstLineColumnShift : 0);
        return new ScriptError(sourceId, ScriptErrorKind.Syntax,
            $"Syntax error: {parse.Description}.", parse.LineNumber, Math.Max(1, column));
    }

    /// <summary>Maps an evaluation failure; <c>engineReusable</c> is false when the engine may be left in a bad state.</summary>
    public static (ScriptError Error, bool EngineReusable) FromEvaluation(
        string sourceId, Exception exception, ScriptOptions options, CancellationToken cancellationToken, int firstLineColumnShift)
    {
        var (line, column) = Location(exception, firstLineColumnShift);
        switch (exception)
        {
            case ScriptValueException:
                return (new ScriptError(sourceId, ScriptErrorKind.InvalidResult, exception.Message, null, null), true);
            case OperationCanceledException or ExecutionCanceledException when cancellationToken.IsCancellationRequested:
                return (new ScriptError(sourceId, ScriptErrorKind.Cancelled, "The evaluation was cancelled because the request ended.", line, column), false);
            case TimeoutException:
                return (new ScriptError(sourceId, ScriptErrorKind.Timeout,
                    $"The script ran longer than {options.TimeLimit.TotalSeconds:0.###} s; look for a loop that never ends.", line, column), false);
            case StatementsCountOverflowException:
                return (new ScriptError(sourceId, ScriptErrorKind.StatementLimit,
                    $"The script executed more than {options.MaxStatements:N0} statements; look for a loop that never ends.", line, column), false);
            case MemoryLimitExceededException:
                return (new ScriptError(sourceId, ScriptErrorKind.MemoryLimit,
                    $"The script allocated more than {options.MemoryLimitBytes / (1024 * 1024)} MB; it builds lists or text that are too large.", line, column), false);
            case RecursionDepthOverflowException:
                return (new ScriptError(sourceId, ScriptErrorKind.RecursionLimit,
                    $"A function called itself more than {options.MaxRecursionDepth} times; check the recursion's stopping condition.", line, column), false);
            case JavaScriptException js when IsStackExhaustion(js):
                return (new ScriptError(sourceId, ScriptErrorKind.RecursionLimit,
                    "The script nested calls too deeply (maximum call stack size exceeded); check the recursion's stopping condition.", line, column), false);
            case JavaScriptException js:
                return (new ScriptError(sourceId, ScriptErrorKind.Runtime, js.Error.IsObject() ? js.Error.ToString() : $"Uncaught {js.Message}", line, column), true);
            default:
                return (new ScriptError(sourceId, ScriptErrorKind.Runtime, exception.Message, line, column), false);
        }
    }

    private static bool IsStackExhaustion(JavaScriptException js) =>
        js.Message.Contains("Maximum call stack size exceeded", StringComparison.Ordinal);

    private static (int? Line, int? Column) Location(Exception exception, int firstLineColumnShift)
    {
        if (!JintException.TryGetJavaScriptLocation(exception, out var location) || location.Start.Line <= 0)
        {
            return (null, null);
        }
        var line = location.Start.Line;
        var column = location.Start.Column + 1 - (line == 1 ? firstLineColumnShift : 0);
        return (line, Math.Max(1, column));
    }
}
