-- Answers 1 when this call created the cluster's version row, 0 when it already existed.
WITH inserted AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT COUNT(*)::integer FROM inserted;
