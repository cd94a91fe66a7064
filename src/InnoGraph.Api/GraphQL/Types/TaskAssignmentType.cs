using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>A unit's responsibility for a task, with the task's action and plan.</summary>
internal sealed class TaskAssignmentType : ObjectGraphType
{
    public TaskAssignmentType()
    {
        Name = "TaskAssignment";
        var byKey = JsonFieldResolver.ByResponseKey;
        this.Add("role", typeof(NonNullGraphType<StringGraphType>), "LEAD (牵头) or CO (配合).", byKey);
        this.Add("order", typeof(LongGraphType), "The unit's position in the task's list of responsible units.", byKey);
        this.Add("sources", TypeRefs.NonNullList("Provenance"), "Where the responsibility is stated.", byKey);
        this.Add("unit", TypeRefs.NonNull("Entity"), "The responsible unit.", byKey);
        this.Add("task", TypeRefs.NonNull("Task"), resolver: byKey);
        this.Add("action", TypeRefs.Ref("Action"), "The action the task belongs to.", byKey);
        this.Add("plan", TypeRefs.Ref("Plan"), "The plan the task belongs to.", byKey);
    }
}
