-- Removes rows of silos declared dead (status 6) that have not been heard of since the cut-off.
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND IAmAliveTime < @IAmAliveTime
  AND StartTime < @IAmAliveTime
  AND Status = 6;
