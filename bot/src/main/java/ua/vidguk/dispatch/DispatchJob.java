package ua.vidguk.dispatch;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Quartz's tick: one pass of the dispatcher. Quartz only keeps time; what is due lives in MongoDB,
 * so the in-memory job store loses nothing on a restart.
 */
@DisallowConcurrentExecution
class DispatchJob implements Job {

    private final Dispatcher dispatcher;

    DispatchJob(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        dispatcher.dispatchDue();
    }
}
