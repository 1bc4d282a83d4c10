// Active now and not on the roster last period: enterprises that joined and started since t-1.
// The first round has no t-1, so every enterprise would look new: no value.
var previous = history(1);
if (previous === null || previous.roster === null) {
  return null;
}
var before = index(previous.roster);
return count(roster, function (r) {
  return r.status === 'active' && !before.has(r.enterprise_id);
});
