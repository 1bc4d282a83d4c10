using ClusterWorkflow.Domain.Forms;

namespace ClusterWorkflow.Domain.Tests.Forms;

/// <summary>Small hand-made forms for validation tests.</summary>
internal static class SampleForms
{
    public static Dictionary<string, string> En(string text, string? hindi = null) =>
        hindi is null ? new() { ["en"] = text } : new() { ["en"] = text, ["hi"] = hindi };

    /// <summary>A household form with a group, skip logic, a calculation and a roster of members.</summary>
    public static FormDefinition Household() => new()
    {
        Id = "household",
        Version = 2,
        Title = En("Household", "परिवार"),
        Languages = ["en", "hi"],
        ChoiceLists =
        [
            new ChoiceList { Name = "status", Choices = [new Choice { Name = "active" }, new Choice { Name = "closed" }] },
            new ChoiceList { Name = "crops", Choices = [new Choice { Name = "paddy" }, new Choice { Name = "maize" }, new Choice { Name = "bamboo" }] },
        ],
        Fields =
        [
            new FieldDefinition { Name = "village", Type = FieldType.Text, Required = true, RequiredMessage = En("Village is required", "गाँव आवश्यक है") },
            new FieldDefinition { Name = "visit_date", Type = FieldType.Date },
            new FieldDefinition { Name = "has_land", Type = FieldType.YesNo, Required = true },
            new FieldDefinition
            {
                Name = "land", Type = FieldType.Group, Relevant = "has_land === true",
                Children =
                [
                    new FieldDefinition { Name = "acres", Type = FieldType.Decimal, Required = true, Min = 0, Max = 100 },
                    new FieldDefinition { Name = "crops", Type = FieldType.SelectMultiple, ChoiceList = "crops" },
                ],
            },
            new FieldDefinition
            {
                Name = "members", Type = FieldType.Repeat, MaxRows = 5,
                Children =
                [
                    new FieldDefinition { Name = "age", Type = FieldType.Integer, Required = true, Min = 0, Max = 120 },
                    new FieldDefinition { Name = "status", Type = FieldType.SelectOne, ChoiceList = "status", Required = true },
                    new FieldDefinition
                    {
                        Name = "earnings", Type = FieldType.Decimal, Relevant = "status === 'active'",
                        Constraint = "value <= age * 1000", ConstraintMessage = En("Earnings look too high for the age", "आयु के हिसाब से कमाई बहुत अधिक है"),
                        Checks = [new FieldCheck { Expression = "value !== 13", Message = En("Unlucky number"), Severity = Severity.Warning }],
                    },
                    new FieldDefinition { Name = "row_label", Type = FieldType.Calculate, Calculate = "village + '#' + position" },
                ],
            },
            new FieldDefinition { Name = "total_earnings", Type = FieldType.Decimal, Calculate = "sum(members, m => m.earnings)" },
            new FieldDefinition { Name = "doubled", Type = FieldType.Calculate, Calculate = "total_earnings * 2" },
        ],
    };

    public static Dictionary<string, object?> Member(object? age, object? status, object? earnings = null) =>
        new() { ["age"] = age, ["status"] = status, ["earnings"] = earnings };
}
