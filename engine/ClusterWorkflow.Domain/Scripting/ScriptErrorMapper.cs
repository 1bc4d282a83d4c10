using System.Globalization;
using System.Text.RegularExpressions;
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
            case ProcessorTimeExceededException:
                return (new ScriptError(sourceId, ScriptErrorKind.Timeout,
                    $"The script ran longer than {options.TimeLimit.TotalSeconds:0.###} s; look for a loop that never ends.", line, column), false);
            case TimeoutException:
                return (new ScriptError(sourceId, ScriptErrorKind.Timeout,
                    $"The script did not finish within {options.EffectiveWallClockLimit.TotalSeconds:0.###} s of wall-clock time; look for a loop that never ends.", line, column), false);
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
        var (line, column) = (location.Start.Line, location.Start.Column);
        if (location.SourceFile != PreparedScriptCache.ScriptSourceName)
        {
            // The error happened inside a library (prelude) function: its line means nothing to the
            // author of the formula, so point at the formula's own call on the JavaScript stack.
            if (CallSiteInScript(exception) is not { } callSite)
            {
                return (null, null);
            }
            (line, column) = callSite;
        }
        var shifted = column + 1 - (line == 1 ? firstLineColumnShift : 0);
        return (line, Math.Max(1, shifted));
    }

    /// <summary>
    /// The innermost frame of the author's script on the JavaScript stack, as line from 1 and column
    /// from 0 like Jint's locations (the stack text itself counts columns from 1).
    /// </summary>
    private static (int Line, int Column)? CallSiteInScript(Exception exception)
    {
        if ((exception as JavaScriptException ?? exception.InnerException as JavaScriptException)?.JavaScriptStackTrace is not { } stack)
        {
            return null;
        }
        var frame = ScriptFrame.Match(stack);
        return frame.Success
            ? (int.Parse(frame.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(frame.Groups["column"].Value, CultureInfo.InvariantCulture) - 1)
            : null;
    }

    private static readonly Regex ScriptFrame = new(
        Regex.Escape(PreparedScriptCache.ScriptSourceName) + @":(?<line>\d+):(?<column>\d+)", RegexOptions.CultureInvariant);
}
