namespace CoroDashboard.Web.Tests.Repository;

/// <summary>
/// Docker does not run on the build machines, so the Dockerfile is checked for what can go
/// stale without Docker: every path it copies from the repository still exists.
/// </summary>
public class DockerfileTests
{
    private static readonly string Root = FindRepositoryRoot();

    [Fact]
    public void Every_path_the_Dockerfile_copies_exists_in_the_repository()
    {
        var sources = File.ReadAllLines(Path.Combine(Root, "Dockerfile"))
            .Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from="))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.True(
            File.Exists(Path.Combine(Root, source)) || Directory.Exists(Path.Combine(Root, source)),
            $"The Dockerfile copies {source}, which is not in the repository."));
    }

    [Fact]
    public void The_image_runs_as_a_non_root_user_on_port_8080()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "Dockerfile"));

        Assert.Contains(lines, line =>
            line.StartsWith("USER ", StringComparison.Ordinal) && !line.Contains("root"));
        Assert.Contains(lines, line => line.Contains("ASPNETCORE_URLS=http://+:8080"));
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null;
             folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CoroDashboard.sln")))
                return folder.FullName;
        throw new InvalidOperationException("The repository root (with CoroDashboard.sln) was not found.");
    }
}
