// Net income of the active enterprises (revenue - raw material - other costs - wages) per active enterprise.
var active = where(roster, { status: 'active' });
var netIncome = sum(active, function (r) {
  return (r.revenue_total || 0) - (r.raw_material_cost || 0) - (r.other_costs || 0) - (r.wages_paid || 0);
});
return ratio(netIncome, active.length);
