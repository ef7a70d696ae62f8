import { describe, expect, it } from 'vitest';
import {
  countValues,
  describeRestartImpact,
  describeStopImpact,
  distinctNames,
  summarizeRestartImpact,
  summarizeStopImpact,
} from './action-impact';

describe('summarizeStopImpact', () => {
  const rows = [
    { sessionID: '1', authName: 'acme', ipAddr: '192.0.2.1', serverAddr: 'smpp-01:2775' },
    { sessionID: '2', authName: 'acme', ipAddr: '192.0.2.1', serverAddr: 'smpp-02:2775' },
    { sessionID: '3', authName: 'acme', ipAddr: '192.0.2.9', serverAddr: 'smpp-01:2775' },
    // q is a substring search: these match "acme" somewhere but are other auth names.
    { sessionID: '4', authName: 'acme2', ipAddr: '192.0.2.3', serverAddr: 'smpp-01:2775' },
    { sessionID: '5', authName: 'ACME', ipAddr: '192.0.2.4', serverAddr: 'smpp-01:2775' },
  ];

  it('keeps exact auth-name matches only and counts IPs and servers', () => {
    const impact = summarizeStopImpact('acme', rows);
    expect(impact).toEqual({
      authName: 'acme',
      binds: 3,
      ips: [
        { value: '192.0.2.1', count: 2 },
        { value: '192.0.2.9', count: 1 },
      ],
      servers: [
        { value: 'smpp-01:2775', count: 2 },
        { value: 'smpp-02:2775', count: 1 },
      ],
      sessionIds: ['1', '2', '3'],
    });
    expect(describeStopImpact(impact)).toBe(
      '3 binds of acme will drop now, from 2 IP addresses on 2 servers.',
    );
  });

  it('says so when nothing is bound', () => {
    const impact = summarizeStopImpact('nobody', rows);
    expect(impact.binds).toBe(0);
    expect(describeStopImpact(impact)).toBe('No bind of nobody is active right now.');
  });

  it('names missing addresses instead of dropping them', () => {
    const impact = summarizeStopImpact('x', [{ authName: 'x', sessionID: '9', serverAddr: null }]);
    expect(impact.ips).toEqual([{ value: 'unknown IP', count: 1 }]);
    expect(impact.servers).toEqual([{ value: 'unknown server', count: 1 }]);
  });
});

describe('summarizeRestartImpact', () => {
  const row = (sessionID: string, gateCName: string, connectionCName: string, instNum: number) => ({
    sessionID,
    gateCName,
    gateName: 'Gate A',
    supplier: 'Supplier A',
    connectionCName,
    connectionName: `${connectionCName} name`,
    instNum,
  });

  it('groups the exact gate matches by connection with their instances', () => {
    const impact = summarizeRestartImpact('gate_a', [
      row('10', 'gate_a', 'conn_2', 2),
      row('11', 'gate_a', 'conn_1', 1),
      row('12', 'gate_a', 'conn_2', 1),
      row('13', 'gate_ab', 'conn_9', 1),
    ]);
    expect(impact).toEqual({
      gateCName: 'gate_a',
      gateName: 'Gate A',
      supplier: 'Supplier A',
      connections: [
        { connectionCName: 'conn_1', connectionName: 'conn_1 name', instances: [1], sessions: 1 },
        {
          connectionCName: 'conn_2',
          connectionName: 'conn_2 name',
          instances: [1, 2],
          sessions: 2,
        },
      ],
      sessions: 3,
      sessionIds: ['10', '11', '12'],
    });
    expect(describeRestartImpact(impact)).toBe(
      '3 sessions on 2 connections (3 instances) of gate gate_a will drop.',
    );
  });

  it('describes an empty gate', () => {
    expect(describeRestartImpact(summarizeRestartImpact('g', []))).toBe(
      'Gate g has no live sessions right now.',
    );
  });
});

describe('helpers', () => {
  it('countValues sorts by count then value', () => {
    expect(countValues(['b', 'a', 'b', 'c'])).toEqual([
      { value: 'b', count: 2 },
      { value: 'a', count: 1 },
      { value: 'c', count: 1 },
    ]);
  });
  it('distinctNames keeps first-seen order and drops empties', () => {
    expect(distinctNames(['b', undefined, 'a', 'b', '', null, 'a'])).toEqual(['b', 'a']);
  });
});
