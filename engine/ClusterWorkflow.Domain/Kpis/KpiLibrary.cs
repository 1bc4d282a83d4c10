namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// The JavaScript library every KPI formula gets, defined once per pooled engine. Public:
/// <c>sum</c>, <c>count</c>, <c>avg</c>, <c>median</c>, <c>ratio</c>, <c>divide</c>, <c>distinct</c>,
/// <c>where</c>, <c>yes</c>, <c>index</c>, <c>history</c>, <c>kpi</c>. Names starting with <c>__</c> are
/// the engine's plumbing. A field may be given as a name (<c>'revenue_total'</c>) or a function
/// (<c>r => r.a + r.b</c>); a filter as a function or a record to match (<c>{ status: 'active' }</c>).
/// </summary>
public static class KpiLibrary
{
    /// <summary>Starts the message of every error the library raises, so its position (inside the library) is not shown as the formula's.</summary>
    public const string ErrorPrefix = "KPI library: ";

    public const string Prelude = """
        function __rows(rows, fn) {
          if (rows === null || rows === undefined) { return []; }
          if (!Array.isArray(rows)) { throw new TypeError('KPI library: ' + fn + '(): expected a list such as roster, got ' + typeof rows); }
          return rows;
        }
        function __picker(field) {
          if (field === undefined) { return function (x) { return x; }; }
          if (typeof field === 'function') { return field; }
          return function (r) { return r === null || r === undefined ? null : r[field]; };
        }
        function __test(filter) {
          if (filter === undefined) { return function () { return true; }; }
          if (typeof filter === 'function') { return filter; }
          var keys = Object.keys(filter);
          return function (r) {
            for (var i = 0; i < keys.length; i++) { if (r[keys[i]] !== filter[keys[i]]) { return false; } }
            return true;
          };
        }
        function __numbers(rows, field, fn) {
          var list = __rows(rows, fn), pick = __picker(field), out = [];
          for (var i = 0; i < list.length; i++) {
            var v = pick(list[i]);
            if (v === null || v === undefined || v === '') { continue; }
            if (typeof v !== 'number') {
              var n = Number(v);
              if (isNaN(n)) { throw new TypeError('KPI library: ' + fn + '(): row ' + (i + 1) + ' has ' + JSON.stringify(v) + ', which is not a number'); }
              v = n;
            }
            out.push(v);
          }
          return out;
        }
        function sum(rows, field) {
          var xs = __numbers(rows, field, 'sum'), s = 0;
          for (var i = 0; i < xs.length; i++) { s += xs[i]; }
          return s;
        }
        function count(rows, filter) {
          var list = __rows(rows, 'count'), test = __test(filter), c = 0;
          for (var i = 0; i < list.length; i++) { if (test(list[i])) { c++; } }
          return c;
        }
        function where(rows, filter) {
          var list = __rows(rows, 'where'), test = __test(filter), out = [];
          for (var i = 0; i < list.length; i++) { if (test(list[i])) { out.push(list[i]); } }
          return out;
        }
        function avg(rows, field) {
          var xs = __numbers(rows, field, 'avg');
          return xs.length === 0 ? null : sum(xs) / xs.length;
        }
        function median(rows, field) {
          var xs = __numbers(rows, field, 'median').sort(function (a, b) { return a - b; });
          if (xs.length === 0) { return null; }
          var mid = Math.floor(xs.length / 2);
          return xs.length % 2 === 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
        }
        function distinct(rows, field) {
          var list = __rows(rows, 'distinct'), pick = __picker(field), seen = new Set(), out = [];
          for (var i = 0; i < list.length; i++) {
            var v = pick(list[i]);
            if (v !== null && v !== undefined && !seen.has(v)) { seen.add(v); out.push(v); }
          }
          return out;
        }
        function index(rows, field) {
          var list = __rows(rows, 'index'), pick = __picker(field === undefined ? 'enterprise_id' : field), map = new Map();
          for (var i = 0; i < list.length; i++) { map.set(pick(list[i]), list[i]); }
          return map;
        }
        function yes(v) { return v === true || v === 1 || v === 'yes' || v === 'true' || v === 'Yes'; }
        function ratio(numerator, denominator) {
          if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) { return null; }
          return { numerator: numerator, denominator: denominator };
        }
        function divide(a, b) {
          if (a === null || a === undefined || b === null || b === undefined || b === 0) { return null; }
          return a / b;
        }
        function __lag(lag, fn) {
          if (typeof lag !== 'number' || lag % 1 !== 0 || lag < 1 || lag > __maxLag) {
            throw new RangeError('KPI library: ' + fn + '(' + lag + '): the period back must be a whole number from 1 (t-1) to ' + __maxLag + ' (t-' + __maxLag + ')');
          }
        }
        function history(lag) {
          __lag(lag, 'history');
          if (__lags.indexOf(lag) < 0) {
            throw new Error('KPI library: ' + 'history(' + lag + ') was not requested: add ' + lag + ' to the KPI\'s "history" list in manifest.json');
          }
          var h = __hist[String(lag)];
          return h === undefined ? null : h;
        }
        function kpi(id, lag) {
          if (lag === undefined || lag === 0) {
            if (!Object.prototype.hasOwnProperty.call(__now, id)) {
              throw new Error('KPI library: ' + "kpi('" + id + "') has no value yet in this round: add '" + id + "' to the KPI's dependsOn in manifest.json");
            }
            return __now[id];
          }
          __lag(lag, 'kpi');
          var h = __kpiHist[String(lag)];
          if (h === undefined || h === null) { return null; }
          var v = h[id];
          return v === undefined ? null : v;
        }
        function __ok(v) {
          if (v === null || v === undefined) { return true; }
          if (typeof v === 'number') { return isFinite(v); }
          return typeof v === 'object' && !Array.isArray(v) && typeof v.numerator === 'number' && typeof v.denominator === 'number'
            && isFinite(v.numerator) && isFinite(v.denominator) && Object.keys(v).length === 2;
        }
        function __run(id, factor, fn) {
          var v;
          try { v = fn(); } catch (e) { return { __failed: true }; }
          if (v === undefined) { v = null; }
          if (!__ok(v)) { return { __failed: true }; }
          __now[id] = (v === null || typeof v === 'number') ? v : (v.denominator === 0 ? null : v.numerator / v.denominator * factor);
          return v;
        }
        """;
}
