import type { Breakpoint } from 'antd';

/**
 * Where a table's secondary columns show: from 1200 px. Below, the table fits beside the folded
 * menu (1024 px laptops and projectors) without a sideways scrollbar.
 */
export const WIDE: Breakpoint[] = ['xl'];
