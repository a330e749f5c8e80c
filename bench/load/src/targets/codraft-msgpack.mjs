// CoDraft over SignalR's MessagePack hub protocol: the same workload and server as the codraft target.
import { codraftTarget } from './codraft-signalr.mjs';

export default codraftTarget('codraft-msgpack', 'msgpack');
