using System.Data.Common;
using System.Xml.Linq;
using ClusterWorkflow.Host.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// Keeps the data-protection keys (which sign the UI's session cookies and antiforgery tokens) in
/// the host's database, so sessions survive a restart and every silo on one PostgreSQL database
/// reads the others' cookies.
/// </summary>
public sealed class StoreKeyRepository : IXmlRepository
{
    private readonly StoreConnection store;
    private readonly string serviceId;

    public StoreKeyRepository(StoreConnection store, string serviceId)
    {
        this.store = store;
        this.serviceId = serviceId;
        using var connection = Open();
        Execute(connection, "CREATE TABLE IF NOT EXISTS cw_data_protection_keys " +
                            "(service_id TEXT NOT NULL, friendly_name TEXT NOT NULL, xml TEXT NOT NULL, PRIMARY KEY (service_id, friendly_name));");
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT xml FROM cw_data_protection_keys WHERE service_id = @service;");
        using var reader = command.ExecuteReader();
        var keys = new List<XElement>();
        while (reader.Read()) keys.Add(XElement.Parse(reader.GetString(0)));
        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = Open();
        using var command = Command(connection,
            "INSERT INTO cw_data_protection_keys (service_id, friendly_name, xml) VALUES (@service, @name, @xml) " +
            "ON CONFLICT (service_id, friendly_name) DO UPDATE SET xml = excluded.xml;");
        Parameter(command, "name", friendlyName);
        Parameter(command, "xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    private DbConnection Open()
    {
        var connection = store.Open();
        connection.Open();
        return connection;
    }

    private DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Parameter(command, "service", serviceId);
        return command;
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Parameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
