// Closed now and active last period. The first round has no t-1: no value.
var previous = history(1);
if (previous === null || previous.roster === null) {
  return null;
}
var before = index(previous.roster);
return count(roster, function (r) {
  var then = before.get(r.enterprise_id);
  return r.status === 'closed' && then !== undefined && then.status === 'active';
});
