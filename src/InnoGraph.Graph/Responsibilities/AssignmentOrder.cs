namespace InnoGraph.Graph.Responsibilities;

/// <summary>How a list of responsibilities is ordered.</summary>
public enum AssignmentOrder
{
    /// <summary>By plan, then action and task order: a unit's tasks as its plans list them.</summary>
    ByPlan,

    /// <summary>By the order the source lists the units in (the lead first), then unit id.</summary>
    BySource,
}
