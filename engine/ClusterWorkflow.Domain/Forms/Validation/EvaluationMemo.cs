using System.Globalization;
using System.Text;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>
/// Remembers, for one validation, what an expression answered for given inputs. A roster repeats the
/// same skip logic (<c>status !== 'not_traced'</c>) on every field of every row with the same few
/// inputs; form expressions depend only on their inputs, so the answer can be reused. Only inputs
/// that are plain values (no lists or records) make a key; failed evaluations are never kept.
/// </summary>
internal sealed class EvaluationMemo
{
    private const int Capacity = 50_000;
    private readonly Dictionary<string, ScriptResult> _results = new(StringComparer.Ordinal);
    private readonly StringBuilder _key = new();

    public string? KeyFor(string code, IReadOnlyDictionary<string, object?> variables)
    {
        _key.Clear().Append(code);
        foreach (var (name, value) in variables)
        {
            _key.Append('\u0001').Append(name).Append('\u0002');
            switch (value)
            {
                case null:
                    _key.Append('n');
                    break;
                case double d:
                    _key.Append('d').Append(d.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case bool b:
                    _key.Append(b ? 't' : 'f');
                    break;
                case string s:
                    _key.Append('s').Append(s);
                    break;
                default:
                    return null;
            }
        }
        return _key.ToString();
    }

    public bool TryGet(string key, out ScriptResult result) => _results.TryGetValue(key, out result!);

    public void Add(string key, ScriptResult result)
    {
        if (_results.Count < Capacity)
        {
            _results[key] = result;
        }
    }
}
