import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TestReceiver } from '../support/delivery.js';

describe('the built bundle in a browser context that goes offline', function () {
  this.timeout(60_000);

  it('keeps the response while offline, says so, and delivers it exactly once when back online', async () => {
    const receiver = new TestReceiver();
    const result = await executeServerCommand<{ offlineText: string; offlineState: boolean; onlineText: string }, { endpoint: string }>(
      'submit-while-offline',
      { endpoint: receiver.endpoint },
    );
    expect(result.offlineState, ':state(offline) while offline').to.equal(true);
    expect(result.offlineText).to.contain('Phiếu sẽ được gửi khi có kết nối trong lúc trang này còn mở');
    expect(result.onlineText).to.equal('Phiếu đã được gửi tới cơ quan.');
    const stored = await receiver.stored();
    expect(stored).to.have.length(1);
    expect(stored[0]!.context).to.deep.equal({ agencyCode: '25.721.25975', channel: 'online' });
  });
});
