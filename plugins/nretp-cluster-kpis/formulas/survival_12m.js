// Of the enterprises active twelve months ago, how many are active now (matched by enterprise_id).
// In the first year there is no t-12 to compare with: no value.
var past = history(12);
if (past === null || past.roster === null) {
  return null;
}
var activeThen = where(past.roster, { status: 'active' });
var now = index(roster);
var survived = count(activeThen, function (r) {
  var current = now.get(r.enterprise_id);
  return current !== undefined && current.status === 'active';
});
return ratio(survived, activeThen.length);
