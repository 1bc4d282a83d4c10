WITH deleted AS (
    DELETE FROM OrleansStorage
    WHERE ServiceId = @ServiceId
      AND GrainTypeString = @GrainTypeString
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString, '')
      AND Version = @GrainStateVersion::integer
    RETURNING Version
)
SELECT COALESCE((SELECT Version + 1 FROM deleted), @GrainStateVersion::integer) AS NewGrainStateVersion;
