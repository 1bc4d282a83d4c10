DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
