// Same enterprises (on the roster both now and at t-12): (revenue now - revenue then) / revenue then.
// Comparing the same enterprises keeps new enrolments from passing for growth.
var past = history(12);
if (past === null || past.roster === null) {
  return null;
}
var before = index(past.roster);
var now = 0;
var then = 0;
for (var i = 0; i < roster.length; i++) {
  var old = before.get(roster[i].enterprise_id);
  if (old === undefined) {
    continue;
  }
  now += roster[i].revenue_total || 0;
  then += old.revenue_total || 0;
}
return ratio(now - then, then);
