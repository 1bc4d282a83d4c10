-- Optimistic concurrency: a first write (version NULL) inserts version 1; a later write updates only
-- when the stored version is the one the grain read. The provider expects exactly one row back: the
-- new version on success, the unchanged (or NULL) version on a conflict, which it reports as one.
INSERT INTO OrleansStorage
    (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
VALUES
    (@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, COALESCE(@GrainIdExtensionString, ''), @ServiceId, @PayloadBinary,
     strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), COALESCE(@GrainStateVersion, 0) + 1)
ON CONFLICT (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString) DO UPDATE
    SET PayloadBinary = excluded.PayloadBinary,
        ModifiedOn = excluded.ModifiedOn,
        Version = OrleansStorage.Version + 1
    WHERE OrleansStorage.Version = @GrainStateVersion;

SELECT CASE WHEN changes() > 0 THEN COALESCE(@GrainStateVersion, 0) + 1 ELSE @GrainStateVersion END AS NewGrainStateVersion;
