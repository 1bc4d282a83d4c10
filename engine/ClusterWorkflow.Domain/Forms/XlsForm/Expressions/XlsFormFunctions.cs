namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>
/// The JavaScript library that translated XLSForm expressions call. Load <see cref="Prelude"/>
/// once per engine, after <see cref="FormFunctions.Prelude"/> (as <see cref="FormsOptions.AdditionalPrelude"/>):
/// it redefines <c>isEmpty</c>, <c>sum</c> and <c>count</c> compatibly, keeping their optional
/// function argument (<c>sum(roster, r =&gt; r.revenue)</c>). Helpers whose names start
/// with <c>$</c> are internal; XLSForm names cannot contain <c>$</c>, so they never clash with a question.
/// Unanswered is <c>null</c>, a select_multiple answer an array of choice names, a date an ISO string.
/// </summary>
public static class XlsFormFunctions
{
    /// <summary>The public helper names, e.g. for a definition checker's list of known globals.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "isEmpty", "selected", "countSelected", "selectedAt", "stringLength", "regex", "today", "now", "date",
        "concat", "coalesce", "number", "int", "round", "string", "boolean", "booleanFromString", "sum", "count",
        "min", "max", "join", "contains", "startsWith", "endsWith", "substr", "substring", "substringBefore",
        "substringAfter", "translate", "normalizeSpace", "column",
    ];

    public const string Prelude = """
        function isEmpty(v) { return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0); }
        function number(v) {
          if (v === null || v === undefined) return NaN;
          if (typeof v === 'number') return v;
          if (typeof v === 'boolean') return v ? 1 : 0;
          if (Array.isArray(v)) return v.length === 1 ? number(v[0]) : NaN;
          var s = String(v).trim();
          if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86400000;
          if (/^\d{4}-\d{2}-\d{2}T/.test(s)) { var t = Date.parse(s); return isNaN(t) ? NaN : t / 86400000; }
          return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s) ? parseFloat(s) : NaN;
        }
        function string(v) {
          if (v === null || v === undefined) return '';
          if (Array.isArray(v)) return v.map(string).join(' ');
          return String(v);
        }
        function boolean(v) {
          if (typeof v === 'number') return v !== 0 && !isNaN(v);
          if (typeof v === 'boolean') return v;
          return !isEmpty(v);
        }
        function booleanFromString(v) { var s = string(v); return s === 'true' || s === '1'; }
        function int(v) { return Math.trunc(number(v)); }
        function round(v, digits) { var f = Math.pow(10, digits === undefined ? 0 : int(digits)); return Math.round(number(v) * f) / f; }
        function $choices(v) {
          if (isEmpty(v)) return [];
          if (Array.isArray(v)) return v.map(string);
          return String(v).split(' ').filter(function (s) { return s !== ''; });
        }
        function selected(v, choice) {
          var c = string(choice).trim();
          if (Array.isArray(v)) { for (var i = 0; i < v.length; i++) { if (v[i] === c || string(v[i]) === c) return true; } return false; }
          return $choices(v).indexOf(c) >= 0;
        }
        function countSelected(v) { return $choices(v).length; }
        function selectedAt(v, i) { var c = $choices(v)[int(i)]; return c === undefined ? '' : c; }
        function stringLength(v) { return string(v).length; }
        function regex(v, pattern) { return new RegExp(string(pattern)).test(string(v)); }
        function $pad(n) { return (n < 10 ? '0' : '') + n; }
        function today() { var d = new Date(); return d.getFullYear() + '-' + $pad(d.getMonth() + 1) + '-' + $pad(d.getDate()); }
        function now() { return new Date().toISOString(); }
        function date(v) {
          if (typeof v === 'number') return isFinite(v) ? new Date(Math.floor(v) * 86400000).toISOString().slice(0, 10) : null;
          var s = string(v);
          return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null;
        }
        function concat() { var out = ''; for (var i = 0; i < arguments.length; i++) out += string(arguments[i]); return out; }
        function coalesce(a, b) { return isEmpty(a) ? b : a; }
        function $isRows(v) { return Array.isArray(v) && v.length > 0 && v[0] !== null && typeof v[0] === 'object' && !Array.isArray(v[0]); }
        function $flatten(args) {
          var out = [];
          for (var i = 0; i < args.length; i++) {
            if (Array.isArray(args[i])) { for (var j = 0; j < args[i].length; j++) out.push(args[i][j]); } else out.push(args[i]);
          }
          return out;
        }
        function column(rows, name) {
          var out = [];
          if (!Array.isArray(rows)) return out;
          for (var i = 0; i < rows.length; i++) {
            var row = rows[i];
            var v = row === null || row === undefined ? null : row[name];
            if ($isRows(v)) { for (var j = 0; j < v.length; j++) out.push(v[j]); } else out.push(v === undefined ? null : v);
          }
          return out;
        }
        function $numbers(args) { return $flatten(Array.prototype.slice.call(args)).filter(function (v) { return !isEmpty(v); }).map(number); }
        function sum(list, fn) {
          var values = $numbers([fn && Array.isArray(list) ? list.map(function (x) { return fn(x); }) : list]), total = 0;
          for (var i = 0; i < values.length; i++) { if (!isNaN(values[i])) total += values[i]; }
          return total;
        }
        function count(list, fn) {
          if (!Array.isArray(list)) return isEmpty(list) ? 0 : 1;
          return fn ? list.filter(function (x) { return fn(x); }).length : list.length;
        }
        function min() { var values = $numbers(arguments); return values.length === 0 ? NaN : Math.min.apply(null, values); }
        function max() { var values = $numbers(arguments); return values.length === 0 ? NaN : Math.max.apply(null, values); }
        function join(separator, list) { return $flatten([list]).map(string).join(string(separator)); }
        function contains(a, b) { return string(a).indexOf(string(b)) >= 0; }
        function startsWith(a, b) { return string(a).indexOf(string(b)) === 0; }
        function endsWith(a, b) { var s = string(a), t = string(b); return s.length >= t.length && s.slice(s.length - t.length) === t; }
        function substr(s, start, end) { return string(s).substring(int(start), end === undefined ? undefined : int(end)); }
        function substring(s, start, length) {
          var str = string(s), first = Math.round(number(start)), last = length === undefined ? Infinity : first + Math.round(number(length)), out = '';
          for (var i = 0; i < str.length; i++) { if (i + 1 >= first && i + 1 < last) out += str[i]; }
          return out;
        }
        function substringBefore(a, b) { var s = string(a), i = s.indexOf(string(b)); return i < 0 ? '' : s.slice(0, i); }
        function substringAfter(a, b) { var s = string(a), t = string(b), i = s.indexOf(t); return i < 0 ? '' : s.slice(i + t.length); }
        function translate(s, from, to) {
          var str = string(s), f = string(from), t = string(to), out = '';
          for (var i = 0; i < str.length; i++) { var k = f.indexOf(str[i]); out += k < 0 ? str[i] : (k < t.length ? t[k] : ''); }
          return out;
        }
        function normalizeSpace(v) { return string(v).trim().replace(/\s+/g, ' '); }
        """;
}
