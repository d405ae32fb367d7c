// List pages' parts, an entry of its own: antd's table lands in the chunks of the pages that
// show one, never in the shell's, which loads the kit's main entry.
export {
  useAddressList,
  type AddressFilter,
  type AddressList,
  type ListArguments,
  type ListConnection,
  type ListPager,
  type ListRows,
} from './address-list.ts';
export { ListFilters, ListTable } from './list-table.tsx';
