import { describe, expect, it } from 'vitest';
import { fillTemplate, variablesIn } from '../../core/templates/fill';

describe('fillTemplate', () => {
  it('substitutes known variables, tolerating spaces, case and word separators', () => {
    const filled = fillTemplate('Hi {{ Buyer_Name }}, order {{order-id}} / {{ ORDER ID }}.', {
      buyer_name: 'Anna',
      order_id: '111-2300471-3237033',
    });
    expect(filled.text).toBe('Hi Anna, order 111-2300471-3237033 / 111-2300471-3237033.');
    expect(filled.missing).toEqual([]);
    expect(filled.unknown).toEqual([]);
  });

  it('never replaces a missing value by an empty string: it stays as {{name}} and is reported once', () => {
    const filled = fillTemplate(
      'Hi {{buyer_name}}, tracking {{ tracking_number }} and {{Tracking_Number}}.',
      {
        buyer_name: 'Anna',
        tracking_number: '   ',
      },
    );
    expect(filled.text).toBe('Hi Anna, tracking {{tracking_number}} and {{tracking_number}}.');
    expect(filled.missing).toEqual(['tracking_number']);
    expect(filled.parts).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'variable', name: 'buyer_name', value: 'Anna' },
      { kind: 'text', text: ', tracking ' },
      { kind: 'variable', name: 'tracking_number' },
      { kind: 'text', text: ' and ' },
      { kind: 'variable', name: 'tracking_number' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps unknown placeholders as written and reports them', () => {
    const filled = fillTemplate('Dear {{customer}}, see {{ coupon code }} {{customer}}', {});
    expect(filled.text).toBe('Dear {{customer}}, see {{ coupon code }} {{customer}}');
    expect(filled.unknown).toEqual(['{{customer}}', '{{ coupon code }}']);
    expect(filled.parts.filter((p) => p.kind === 'unknown')).toHaveLength(3);
  });

  it('inserts values as plain text: a value holding {{order_id}} is not expanded again', () => {
    const filled = fillTemplate('Item: {{item_title}} ({{order_id}})', {
      item_title: 'Mug {{order_id}} {{buyer_name}}',
      order_id: '123',
    });
    expect(filled.text).toBe('Item: Mug {{order_id}} {{buyer_name}} (123)');
    expect(filled.missing).toEqual([]);
  });

  it('leaves text without placeholders, stray braces and line breaks inside braces alone', () => {
    expect(fillTemplate('a {{ b', {}).text).toBe('a {{ b');
    expect(fillTemplate('{{buyer\n_name}}', { buyer_name: 'x' }).text).toBe('{{buyer\n_name}}');
    expect(fillTemplate('', {}).parts).toEqual([]);
    expect(fillTemplate('{{{buyer_name}}}', { buyer_name: 'A' }).text).toBe('{A}');
  });

  it('fills Chinese bodies', () => {
    const filled = fillTemplate('{{buyer_name}}，您好！订单 {{order_id}} 已发货。', { buyer_name: '王先生' });
    expect(filled.text).toBe('王先生，您好！订单 {{order_id}} 已发货。');
    expect(filled.missing).toEqual(['order_id']);
  });
});

describe('variablesIn', () => {
  it('lists known variables once, in order of appearance', () => {
    expect(variablesIn('{{ order_id }} {{Buyer Name}} {{nope}} {{order_id}} {{agent_name}}')).toEqual([
      'order_id',
      'buyer_name',
      'agent_name',
    ]);
    expect(variablesIn('nothing here')).toEqual([]);
  });
});
