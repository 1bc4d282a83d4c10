using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.PilotData;

/// <summary>What a sample person does in the program; <see cref="PilotPerson.Scope"/> says where.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PilotRole>))]
public enum PilotRole
{
    /// <summary>Designs plans, forms, KPIs and workflows; opens and closes rounds. Scope: the program id.</summary>
    ProgramManager,

    /// <summary>Fills and submits the rounds of the TSA's clusters. Scope: cluster ids.</summary>
    TsaOfficer,

    /// <summary>First review level. Scope: one district id.</summary>
    DistrictReviewer,

    /// <summary>Second review level. Scope: one state id.</summary>
    StateReviewer,

    /// <summary>Reads approved data and reports. Scope: the program id.</summary>
    Viewer,
}
