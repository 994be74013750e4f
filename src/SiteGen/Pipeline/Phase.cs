using System.Collections.Immutable;

namespace SiteGen.Pipeline;

/// <summary>A named group of steps (read, parse, link, render, package); the build stops after a phase with errors.</summary>
public sealed record Phase(string Name, ImmutableArray<IBuildStep> Steps);
