namespace ClusterWorkflow.Domain.Forms;

/// <summary>
/// The small library every form expression can use, loaded once per engine:
/// <c>isEmpty(x)</c>, <c>sum(list, fn?)</c>, <c>count(list, fn?)</c>, <c>daysInMonth("2026-11")</c>.
/// </summary>
public static class FormFunctions
{
    public const string Prelude = """
        function isEmpty(x) { return x === null || x === undefined || x === '' || (Array.isArray(x) && x.length === 0); }
        function sum(list, fn) {
          var total = 0;
          if (!list) { return 0; }
          for (var i = 0; i < list.length; i++) { var v = fn ? fn(list[i]) : list[i]; if (typeof v === 'number' && !isNaN(v)) { total += v; } }
          return total;
        }
        function count(list, fn) {
          var n = 0;
          if (!list) { return 0; }
          for (var i = 0; i < list.length; i++) { if (!fn || fn(list[i])) { n++; } }
          return n;
        }
        function daysInMonth(period) {
          var parts = String(period).split('-');
          return new Date(Date.UTC(Number(parts[0]), Number(parts[1]), 0)).getUTCDate();
        }
        """;
}
