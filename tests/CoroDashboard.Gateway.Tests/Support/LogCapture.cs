using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CoroDashboard.Gateway.Tests.Support;

/// <summary>Keeps every log entry written through it, with its event id and formatted text.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(EventId Event, LogLevel Level, string Text)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            capture.Entries.Enqueue((eventId, logLevel, formatter(state, exception)));
    }
}
