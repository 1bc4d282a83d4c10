using System.Collections;
using System.Globalization;
using System.Text.Json;
using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace ClusterWorkflow.Domain.Scripting;

/// <summary>
/// Copies .NET values into fresh JavaScript values and back. Nothing is wrapped: a script only
/// ever sees its own copy, so it cannot change the caller's lists or dictionaries.
/// </summary>
internal static class JsValueConverter
{
    public static JsValue ToJs(Engine engine, object? value, int maxDepth, string path)
    {
        if (maxDepth < 0)
        {
            throw new ScriptValueException($"'{path}' is nested too deeply to pass to a script.");
        }

        switch (value)
        {
            case null:
                return JsValue.Null;
            case JsValue js when js.IsPrimitive():
                return js;
            case string s:
                return new JsString(s);
            case bool b:
                return b ? JsBoolean.True : JsBoolean.False;
            case double d:
                return new JsNumber(d);
            case float f:
                return new JsNumber(f);
            case int i:
                return new JsNumber(i);
            case long l:
                return new JsNumber(l);
            case short sh:
                return new JsNumber(sh);
            case byte by:
                return new JsNumber(by);
            case decimal m:
                return new JsNumber((double)m);
            case DateOnly date:
                return new JsString(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            case DateTime dateTime:
                return new JsString(dateTime.ToString("O", CultureInfo.InvariantCulture));
            case DateTimeOffset dateTimeOffset:
                return new JsString(dateTimeOffset.ToString("O", CultureInfo.InvariantCulture));
            case Enum e:
                return new JsString(e.ToString());
            case JsonElement element:
                return FromJson(engine, element, maxDepth, path);
            case IReadOnlyDictionary<string, object?> map:
                return ToJsObject(engine, map, maxDepth, path);
            case IDictionary<string, object?> dictionary:
                return ToJsObject(engine, dictionary, maxDepth, path);
            case IEnumerable sequence:
                var items = new List<JsValue>();
                var index = 0;
                foreach (var item in sequence)
                {
                    items.Add(ToJs(engine, item, maxDepth - 1, $"{path}[{index++}]"));
                }
                return new JsArray(engine, items.ToArray());
            default:
                throw new ScriptValueException(
                    $"'{path}' is a {value.GetType().Name}, which scripts cannot receive; pass numbers, text, yes/no, dates, lists or records.");
        }
    }

    private static JsValue ToJsObject(Engine engine, IEnumerable<KeyValuePair<string, object?>> map, int maxDepth, string path)
    {
        var target = new JsObject(engine);
        foreach (var (key, item) in map)
        {
            target.CreateDataProperty(key, ToJs(engine, item, maxDepth - 1, $"{path}.{key}"));
        }
        return target;
    }

    private static JsValue FromJson(Engine engine, JsonElement element, int maxDepth, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return new JsString(element.GetString()!);
            case JsonValueKind.Number:
                return new JsNumber(element.GetDouble());
            case JsonValueKind.True:
                return JsBoolean.True;
            case JsonValueKind.False:
                return JsBoolean.False;
            case JsonValueKind.Array:
                var items = new List<JsValue>();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(ToJs(engine, item, maxDepth - 1, $"{path}[{index++}]"));
                }
                return new JsArray(engine, items.ToArray());
            case JsonValueKind.Object:
                var target = new JsObject(engine);
                foreach (var property in element.EnumerateObject())
                {
                    target.CreateDataProperty(property.Name, ToJs(engine, property.Value, maxDepth - 1, $"{path}.{property.Name}"));
                }
                return target;
            default:
                return JsValue.Null;
        }
    }

    /// <summary>Converts a script's answer into plain .NET values; functions, symbols and non-finite numbers are refused.</summary>
    public static object? FromJs(JsValue value, int maxDepth)
    {
        if (maxDepth < 0)
        {
            throw new ScriptValueException("The result is nested too deeply (or refers to itself).");
        }

        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }
        if (value.IsBoolean())
        {
            return value.AsBoolean();
        }
        if (value.IsString())
        {
            return value.AsString();
        }
        if (value.IsNumber())
        {
            var number = value.AsNumber();
            if (double.IsNaN(number) || double.IsInfinity(number))
            {
                throw new ScriptValueException(
                    "The result is not a finite number (NaN or Infinity); check for a division by zero or a missing value.");
            }
            return number;
        }
        if (value.IsDate())
        {
            return value.AsDate().ToDateTime().ToString("O", CultureInfo.InvariantCulture);
        }
        if (value.IsArray())
        {
            var array = value.AsArray();
            var length = (int)array.Length;
            var list = new List<object?>(length);
            for (var i = 0; i < length; i++)
            {
                list.Add(FromJs(array.Get(i), maxDepth - 1));
            }
            return list;
        }
        if (value is ObjectInstance obj && !value.IsCallable() && !value.IsSymbol())
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var key in obj.GetOwnPropertyKeys(Jint.Runtime.Types.String))
            {
                result[key.AsString()] = FromJs(obj.Get(key), maxDepth - 1);
            }
            return result;
        }
        throw new ScriptValueException(
            $"The result is a {(value.IsCallable() ? "function" : value.Type.ToString().ToLowerInvariant())}; a script must answer with a number, text, yes/no, a list or a record.");
    }
}
