// Common facility centre hours used / available, from the quarterly cluster form.
// A month without the cluster form has no value (not 0).
var available = cluster.cfc_hours_available;
var used = cluster.cfc_hours_used;
if (available === null || available === undefined || used === null || used === undefined) {
  return null;
}
return ratio(used, available);
