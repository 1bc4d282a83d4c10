using System.Text.Json;
using ClusterWorkflow.Domain.Forms;

namespace ClusterWorkflow.Domain.Tests.Forms;

public sealed class FormDefinitionJsonTests
{
    private static FormDefinition SampleForm() => new()
    {
        Id = "roster",
        Version = 3,
        Title = new() { ["en"] = "Roster", ["hi"] = "सूची" },
        Languages = ["en", "hi"],
        Fields =
        [
            new FieldDefinition
            {
                Name = "enterprises", Type = FieldType.Repeat, MaxRows = 600,
                Children =
                [
                    new FieldDefinition { Name = "status", Type = FieldType.SelectOne, ChoiceList = "status", Required = true },
                    new FieldDefinition
                    {
                        Name = "revenue", Type = FieldType.Decimal, Min = 0, Constraint = "value < 1e7",
                        ConstraintMessage = new() { ["en"] = "Too large" }, ConstraintSeverity = Severity.Warning,
                        Checks = [new FieldCheck { Expression = "value >= 0", Severity = Severity.Error }],
                    },
                ],
            },
        ],
        ChoiceLists = [new ChoiceList { Name = "status", Choices = [new Choice { Name = "active", Label = new() { ["en"] = "Active" } }] }],
    };

    [Fact]
    public void FormSurvivesAJsonRoundTrip()
    {
        var form = SampleForm();

        var (read, problems) = FormDefinitionJson.Read(FormDefinitionJson.Write(form));

        Assert.Empty(problems);
        Assert.Equal(FormDefinitionJson.Write(form), FormDefinitionJson.Write(read!));
        Assert.Equal(Severity.Warning, read!.Fields[0].Children[1].ConstraintSeverity);
        Assert.Equal("सूची", read.Title["hi"]);
    }

    [Fact]
    public void FormSurvivesThePlainSerializerUsedForGrainState()
    {
        var json = JsonSerializer.Serialize(SampleForm());

        var read = JsonSerializer.Deserialize<FormDefinition>(json)!;

        Assert.Equal(FieldType.SelectOne, read.Fields[0].Children[0].Type);
        Assert.Equal(600, read.Fields[0].MaxRows);
    }

    [Fact]
    public void TypesAndSeveritiesAreWrittenAsNames()
    {
        var json = FormDefinitionJson.Write(SampleForm());

        Assert.Contains("\"type\": \"SelectOne\"", json);
        Assert.Contains("\"constraintSeverity\": \"Warning\"", json);
    }

    [Fact]
    public void UnknownFieldTypeIsAProblemWithLineAndPath()
    {
        var json = "{\n  \"id\": \"f\",\n  \"fields\": [ { \"name\": \"a\", \"type\": \"Currency\" } ]\n}";

        var (form, problems) = FormDefinitionJson.Read(json);

        Assert.Null(form);
        var problem = Assert.Single(problems);
        Assert.Equal("$.fields[0].type", problem.Path);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void MisspelledPropertyIsAProblemNotSilentlyIgnored()
    {
        var (form, problems) = FormDefinitionJson.Read("{ \"id\": \"f\", \"fields\": [ { \"name\": \"a\", \"type\": \"Text\", \"requird\": true } ] }");

        Assert.Null(form);
        Assert.Contains("requird", Assert.Single(problems).Message);
    }
}
