// "Lakhpati": an active enterprise whose average monthly net income over the last twelve months
// (this period and the eleven before it, the months it reported) is at least
// params.lakhpati_monthly_net_income (INR 10,000 a month = INR 1.2 lakh a year).
// "Sustained" means enough months: with fewer than params.lakhpati_min_months periods of data the
// cluster has no value yet.
function net(r) {
  return (r.revenue_total || 0) - (r.raw_material_cost || 0) - (r.other_costs || 0) - (r.wages_paid || 0);
}
var totals = new Map();
function add(rows) {
  for (var i = 0; i < rows.length; i++) {
    var t = totals.get(rows[i].enterprise_id);
    if (t === undefined) {
      t = { income: 0, months: 0 };
      totals.set(rows[i].enterprise_id, t);
    }
    t.income += net(rows[i]);
    t.months += 1;
  }
}
add(roster);
var periods = 1;
for (var lag = 1; lag <= 11; lag++) {
  var h = history(lag);
  if (h !== null && h.roster !== null) {
    add(h.roster);
    periods++;
  }
}
if (periods < params.lakhpati_min_months) {
  return null;
}
var active = where(roster, { status: 'active' });
var lakhpati = count(active, function (r) {
  var t = totals.get(r.enterprise_id);
  return t.income / t.months >= params.lakhpati_monthly_net_income;
});
return ratio(lakhpati, active.length);
